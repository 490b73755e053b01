import { PageTitle } from '../components/common.jsx';

export default function NetworkPage() {
  return <PageTitle>Network</PageTitle>;
}
