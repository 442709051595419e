/**
 * A user who leaves a Remote Desktop session on purpose, in French (described-languages.ts USER_LEAVES, issue 60,
 * round 29): Microsoft's fr-fr page on the black screen at reconnection tells of a user who starts applications, "puis
 * se déconnecte de la session" and comes back later; that is the user's act, not the connection dropping. True twin:
 * Remote Desktop that disconnects by itself is still read as the connection dropping.
 */
import { describe, expect, it } from 'vitest';
import { networkDropped } from '../../patterns/network-dropped.js';
import { answerOrRefused, causeIds } from '../helpers/explain.js';

describe('a user who leaves the session (French)', () => {
  it('is not read as the connection dropping', () => {
    const leaves =
      "L'utilisateur ouvre ses applications sur le Bureau à distance, puis se déconnecte de la session pour la retrouver plus tard.";
    expect(causeIds(answerOrRefused(leaves))).not.toContain(networkDropped.id);
  });

  it('still reads Remote Desktop that disconnects by itself (true twin)', () => {
    expect(causeIds('Le Bureau à distance se déconnecte toutes les 5 minutes, en plein travail.')).toContain(
      networkDropped.id,
    );
  });
});
