import { render } from 'preact';
import { HistoryPage } from './HistoryPage';

render(<HistoryPage />, document.getElementById('app')!);
