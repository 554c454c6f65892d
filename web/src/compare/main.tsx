import { render } from 'preact';
import { ComparePage } from './ComparePage';

render(<ComparePage />, document.getElementById('app')!);
