import { PageTitle } from '../components/common.jsx';

export default function PodPage() {
  return <PageTitle>Pod</PageTitle>;
}
