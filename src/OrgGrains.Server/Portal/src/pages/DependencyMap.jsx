import { PageTitle } from '../components/common.jsx';

export default function DependencyMapPage() {
  return <PageTitle>DependencyMap</PageTitle>;
}
