// Placeholder until its issue lands this module; registered so the registry line exists.
import { defineTheorem } from '../../src/core/define.js';
export default defineTheorem(
  { id: 'rmsprop-linear-rate', paper: 'degenerate', labels: ['proposition-5.6', 'theorem-5.7', 'lemma-5.4', 'lemma-5.5', 'theorem-5.1', 'theorem-5.3'], title: 'RMSProp linear rate (in progress)', statement: { text: '', latex: '' }, hypotheses: [], settings: {}, expectations: {} },
  [],
);
