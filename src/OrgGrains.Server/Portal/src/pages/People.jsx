import { PageTitle } from '../components/common.jsx';

export default function PeoplePage() {
  return <PageTitle>People</PageTitle>;
}
