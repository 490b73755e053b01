import { PageTitle } from '../components/common.jsx';

export default function LabPage() {
  return <PageTitle>Lab</PageTitle>;
}
