import { render } from 'preact';
import { PopupApp } from '@/lib/ui/pages/popup/App';
import '@/lib/ui/pages/common/style.css';

render(<PopupApp />, document.getElementById('app')!);
