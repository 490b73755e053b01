// Filled in by the GraphQL conformance work: JSON lines in, GraphQL responses out.
return 1;
