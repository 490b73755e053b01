import { PageTitle } from '../components/common.jsx';

export default function DomainsPage() {
  return <PageTitle>Domains</PageTitle>;
}
