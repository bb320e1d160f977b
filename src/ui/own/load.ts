/**
 * The own-scenarios view, behind one more step: the first screen's bundle
 * names only this small module, not the dozen files the view needs (Vite
 * lists a lazy import's files where it is made).
 */
export const loadOwnRoute = () => import('./OwnRoute.svelte');
