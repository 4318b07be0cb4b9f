import { render } from 'preact';
import { DashboardApp } from '@/lib/ui/pages/dashboard/App';
import '@/lib/ui/pages/common/style.css';

render(<DashboardApp />, document.getElementById('app')!);
