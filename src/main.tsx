import { render } from 'preact';
import { App } from './app/App';
import './app/theme.css';

render(<App />, document.getElementById('app')!);
