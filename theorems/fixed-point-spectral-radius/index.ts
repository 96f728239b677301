// Placeholder until its issue lands this module; registered so the registry line exists.
import { defineTheorem } from '../../src/core/define.js';
export default defineTheorem(
  { id: 'fixed-point-spectral-radius', paper: 'degenerate', labels: ['theorem-4.1', 'theorem-A.2', 'theorem-6.1', 'remark-4.2'], title: 'Fixed-point spectral radius (in progress)', statement: { text: '', latex: '' }, hypotheses: [], settings: {}, expectations: {} },
  [],
);
