// Placeholder until its issue lands this module; registered so the registry line exists.
import { defineTheorem } from '../../src/core/define.js';
export default defineTheorem(
  { id: 'max-update-bound', paper: 'ctadam', labels: ['theorem-1', 'theorem-3', 'appendix-F'], title: 'Max-update bound (in progress)', statement: { text: '', latex: '' }, hypotheses: [], settings: {}, expectations: {} },
  [],
);
