import { PageTitle } from '../components/common.jsx';

export default function PersonPage() {
  return <PageTitle>Person</PageTitle>;
}
