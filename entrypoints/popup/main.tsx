import { render } from 'preact';
import { PopupApp } from '@/lib/ui/popup/App';
import '@/lib/ui/common/style.css';

render(<PopupApp />, document.getElementById('app')!);
