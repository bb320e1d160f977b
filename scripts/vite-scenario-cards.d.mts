import type { Plugin } from 'vite';
import type { ScenarioCard } from '../src/core/scenario/card';

export function cardOf(doc: unknown): ScenarioCard;
export function scenarioCards(): Plugin;
