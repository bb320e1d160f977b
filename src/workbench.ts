import { mount } from 'svelte';
import Workbench from './ui/workbench/Workbench.svelte';
import './ui/base.css';
import './ui/workbench/workbench.css';

const target = document.getElementById('app');
if (!target) {
  throw new Error('OTP Sandbox: missing #app element in workbench.html');
}

export default mount(Workbench, { target });
