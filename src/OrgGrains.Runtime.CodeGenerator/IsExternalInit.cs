namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks it; records need it to compile.
internal static class IsExternalInit;
