import { render } from 'preact';
import { App } from './app/App';
import './app/theme.css';

document.getElementById('boot')?.remove();
render(<App />, document.getElementById('app')!);
