/**
 * Issue 60, round 27 (h60q): a known dialog or event text quoted inexactly (src/explain/tables/approximate/near-quote.ts), for
 * every row of the sentence tables by one rule: its rare words in order, a few changed, missing or moved, or one end
 * cut. The pastes are users' own retellings as their pages print them (each with its address), beside near misses:
 * the same words about another product, a dialog's words negated or turned to their opposite, a question that
 * mentions them, a generic sentence sharing common words.
 */
import { describe, expect, it } from 'vitest';
import { authAccountState } from '../../patterns/auth-account-state.js';
import { authBadCredentials } from '../../patterns/auth-bad-credentials.js';
import { credsspNla } from '../../patterns/credssp-nla.js';
import { sessionLimit } from '../../patterns/session-limit.js';
import { explainCode } from '../../src/explain/explain-code.js';
import { nearestQuote } from '../../src/explain/tables/approximate/near-quote.js';
import { answerOrRefused, causeIds, sentenceIds } from '../helpers/explain.js';

/** The answer's note that says the paste was read as a near quote, and of which text. */
const nearQuoteNote = (paste: string) => explainCode(paste).notes.find((n) => /as a near quote/.test(n)) ?? '';

describe('a known text quoted inexactly is read as that text, said so', () => {
  it("a word dropped and a plural lost: the terminal server's connection limit (blog.51cto.com/dandee/23386)", () => {
    const paste = 'Terminal server has exceeded maximum number of allowed connection';
    expect(sentenceIds(paste)).toEqual(['ts-max-allowed-connections']);
    expect(causeIds(paste)[0]).toBe(sessionLimit.id);
    expect(nearQuoteNote(paste)).toMatch(
      /"The terminal server has exceeded the maximum number of allowed connections"/,
    );
  });

  it('its words moved and its start cut (irohastack.com/en/rdp-multiple-sessions-blocked-en/)', () => {
    const paste = 'maximum number of allowed connections exceeded';
    expect(causeIds(paste)[0]).toBe(sessionLimit.id);
    expect(nearQuoteNote(paste)).toMatch(/keeps only one end of it/);
  });

  it('a word inserted, "(NLA)" (techperdiem.com): the domain controller NLA could not reach', () => {
    const paste =
      'The remote computer that you are trying to connect to requires network level authentication (NLA), but your windows domain controller cannot be contacted to perform NLA.';
    expect(causeIds(paste)[0]).toBe(credsspNla.id);
  });

  it('words moved, "can not" for "cannot" (github.com/stascorp/rdpwrap/issues/1197)', () => {
    const paste = '"Local Authority Security can not be contacted" error.';
    expect(sentenceIds(paste)).toEqual(['lsa-cannot-be-contacted']);
  });

  it('quoted inside the user\'s prose and cut with "…" (github.com/MicrosoftDocs/azure-docs/issues/12613)', () => {
    const paste =
      'On attempt to connect to the ip listed I receive the error "The credentials you used to connect did not work...".';
    expect(causeIds(paste)[0]).toBe(authBadCredentials.id);
  });

  it("a word inserted in a quote cut after its first clause (the brief's example, in this test's own prose)", () => {
    const paste = 'RDP keeps saying "the number of incoming connections to this computer is limited" since the update';
    expect(sentenceIds(paste)).toEqual(['connections-in-use']);
    expect(causeIds(paste)[0]).toBe(sessionLimit.id);
  });

  it('cut at its start, quoted: the console session already in progress, no cause (github.com/davecwright3/wsl-linux-de/issues/3)', () => {
    const paste = 'Remote desktop connection fails with "you already have a console session in progress".';
    const e = explainCode(paste);
    expect(e.likelyCauses).toEqual([]);
    expect(e.summary).toMatch(/localhost/);
  });

  it('true twin of the negation rule: the locked account, its negation kept (github.com/dockur/windows/issues/540)', () => {
    expect(causeIds('the referenced account is currently locked out and may not be logged into')[0]).toBe(
      authAccountState.id,
    );
  });
});

describe('near misses: no reading of a text the paste does not quote', () => {
  const readAs = (paste: string) => answerOrRefused(paste)?.notes.some((n) => /as a near quote/.test(n)) ?? false;

  it('the same words about another product (an SMB share, Citrix, a file transfer server)', () => {
    for (const paste of [
      'The error "No more connections can be made to this remote computer at this time because there are already as many connections as the computer can accept."',
      'Cannot connect to the Citrix XenApp server. The Citrix XenApp servers are reporting full load and cannot accept your connection at this time.',
      '[Pesit Default] PeSIT server has exceeded the maximum number of allowed connections 100.',
    ]) {
      expect(readAs(paste), paste).toBe(false);
      expect(causeIds(answerOrRefused(paste)), paste).not.toContain(sessionLimit.id);
    }
  });

  it("a dialog's words negated, or changed for their opposite", () => {
    for (const paste of [
      'Terminal server has not exceeded maximum number of allowed connection',
      'The terminal server no longer exceeds the maximum number of allowed connections',
      'The client access license stored on this computer is in a valid format.',
    ])
      expect(readAs(paste), paste).toBe(false);
  });

  it('a question or a statement that merely mentions the words', () => {
    for (const paste of [
      'Is the number of connections to this computer limited in Windows 10 Pro?',
      'Windows Server in remote administration mode typically allows only two concurrent remote desktop connections by default.',
      'I found the maximum number of remote sessions is 15(exclude local console sessions). Is there any way to increase this number?',
      'Probably the most common Remote Desktop problem is that Remote Desktop has trouble locating the remote PC.',
    ])
      expect(readAs(paste), paste).toBe(false);
  });

  it('a generic sentence sharing common words with a row', () => {
    for (const paste of [
      'The remote computer and the server are connected to the network.',
      'Remote desktop connection to the server works after a restart of the computer.',
    ])
      expect(readAs(paste), paste).toBe(false);
  });
});

describe('the rule (near-quote.ts)', () => {
  // Rows of other words around them, as the tables hold hundreds: a word's weight is its rarity among them.
  const OTHERS = Array.from({ length: 300 }, (_, i) => ({
    item: `other${i}`,
    text: `alpha${i} bravo${i} charlie${i} delta${i} server`,
    meaning: `other${i}`,
  }));
  const LIMIT = { item: 'limit', text: 'The terminal server has exceeded the maximum number of allowed connections' };
  const ROWS = [
    ...OTHERS,
    { ...LIMIT, meaning: 'a' },
    { ...LIMIT, item: 'twin', meaning: 'b' },
    {
      item: 'lsa',
      text: 'An authentication error has occurred. The Local Security Authority cannot be contacted',
      meaning: 'c',
    },
  ];
  const ONE = [...OTHERS, { ...LIMIT, meaning: 'a' }];

  it('two rows of other meanings read as well: a guess, no reading', () => {
    expect(nearestQuote('Terminal server has exceeded maximum number of allowed connection', ROWS)).toBe(undefined);
    expect(nearestQuote('Local Authority Security can not be contacted', ROWS)).toMatchObject({ item: 'lsa' });
  });

  it('a cut copy keeps a word of its own inside the part it kept only where the user quoted it', () => {
    expect(nearestQuote('maximum number of allowed connections exceeded', ONE)).toMatchObject({ cut: true });
    expect(nearestQuote('maximum number of daily allowed connections exceeded', ONE)).toBe(undefined);
    expect(nearestQuote('I get "maximum number of daily allowed connections"', ONE)).toMatchObject({ cut: true });
  });
});
