/** A claim file that cannot be run: names the file, the JSON pointer of the offending value and why. Exit 2. */
import { OptverifyError } from '../core/errors.js';

export class ClaimFileError extends OptverifyError {
  override readonly code = 'E_CLAIM_FILE';
  override readonly exitCode = 2;
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly why: string,
  ) {
    super(`${file}: ${pointer === '' ? '/' : pointer}: ${why}`);
  }
}
