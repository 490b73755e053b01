import { PageTitle } from '../components/common.jsx';

export default function NetworksPage() {
  return <PageTitle>Networks</PageTitle>;
}
