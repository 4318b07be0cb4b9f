// The editor, framed into report pages by the content script: an extension page, so that what the
// reader types is out of the page's reach (lib/ui/pages/editor).
import { render } from 'preact';
import { EditorApp } from '@/lib/ui/pages/editor/App';
import '@/lib/ui/pages/common/style.css';
import '@/lib/ui/pages/editor/editor.css';

render(<EditorApp />, document.getElementById('app')!);
