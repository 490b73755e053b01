import { PageTitle } from '../components/common.jsx';

export default function PodsPage() {
  return <PageTitle>Pods</PageTitle>;
}
