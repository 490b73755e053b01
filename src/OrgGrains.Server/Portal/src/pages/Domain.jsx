import { PageTitle } from '../components/common.jsx';

export default function DomainPage() {
  return <PageTitle>Domain</PageTitle>;
}
