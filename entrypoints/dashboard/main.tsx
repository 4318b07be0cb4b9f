import { render } from 'preact';
import { DashboardApp } from '@/lib/ui/dashboard/App';
import '@/lib/ui/common/style.css';

render(<DashboardApp />, document.getElementById('app')!);
