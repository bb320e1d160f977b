import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/base.css';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) {
  throw new Error('OTP Sandbox: missing #app element in index.html');
}

export default mount(App, { target });
