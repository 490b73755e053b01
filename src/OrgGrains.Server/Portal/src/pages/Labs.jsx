import { PageTitle } from '../components/common.jsx';

export default function LabsPage() {
  return <PageTitle>Labs</PageTitle>;
}
