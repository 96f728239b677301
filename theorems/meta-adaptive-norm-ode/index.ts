// Placeholder until its issue lands this module; registered so the registry line exists.
import { defineTheorem } from '../../src/core/define.js';
export default defineTheorem(
  { id: 'meta-adaptive-norm-ode', paper: 'ctadam', labels: ['lemma-2', 'theorem-2', 'proposition-3', 'proposition-2'], title: 'Meta-adaptive norm ODE (in progress)', statement: { text: '', latex: '' }, hypotheses: [], settings: {}, expectations: {} },
  [],
);
