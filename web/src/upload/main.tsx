import { render } from 'preact';
import { UploadPage } from './UploadPage';

render(<UploadPage />, document.getElementById('app')!);
