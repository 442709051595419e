/**
 * A paste that proposes a change to a program or records one made, and tells no failure of the writer's own (issue 60,
 * round 29, r29-h60y): a feature request ("We should show a warning on the login page when using untrusted SSL
 * certificates", https://github.com/kimmknight/raweb/issues/55; "Have an error message to tell the user why the
 * connection could not proceed if the server enforces CredSSP", https://github.com/GoSecure/pyrdp/issues/59; "ideally
 * there would be a more descriptive error message … we want to intercept \"Error during negotiation step: …\"",
 * https://github.com/gravitational/teleport/issues/21588) or release notes ("Fixed RDP connection failures to xrdp
 * servers by disabling NLA (CredSSP) requirement" under "What's Fixed", https://github.com/z41hk/KRemote/releases/tag/v0.11.1).
 * Its failure words, and a known message it quotes, are the change's subject, not a failure seen: nothing is read from
 * them (described-reading.ts, explain-code.ts). A report that says its own failure ("I get …", "we can't …", "my RDP
 * …") beside a wish ("It would be nice if the error said why") keeps its words (`FIRST_PERSON_REPORT`).
 *
 * Matched on the paste lower-cased with its spaces collapsed. Each alternative fixed words or a bounded class, no
 * nested quantifiers: linear.
 */

/** A change proposed: a wish, what a program should do, an error message asked for. */
const PROPOSAL =
  /\bideally (?:there (?:would|should) be|we (?:would|could|should)|it (?:would|should)|the (?:client|app|tool|ui) (?:would|should))\b|\b(?:it would|it'd|that would|this would) be (?:nice|great|good|helpful|better|useful) (?:to|if)\b|\bwould be nice (?:to|if)\b|\b(?:we|it|the (?:app|client|tool|ui|page|program|dialog)) should (?:show|display|warn|tell|provide|offer|detect|report|explain|print|surface|expose) (?:a|an|the|users?|them|that|why|more)\b|\bwe want to (?:intercept|show|tell|detect|catch|display|warn|surface|expose|report)\b|(?:^|[.!?\n] ?)(?:have|add|show|display|provide|expose|surface) an? (?:(?:error|better|clearer|more descriptive|specific) )?(?:error )?(?:message|warning|hint) (?:to|that|for|when|if)\b|\bwould like (?:to see|to have|an option|a way) (?:to|for|that)\b|\bplease (?:add|consider adding) (?:an?|support|the)\b/;

/** A change recorded: release notes and a changelog's headings (a user's "fixed it by …" is their own report). */
const CHANGELOG = /\bwhat's (?:fixed|new|changed)\b|\bfull changelog\b|\brelease notes\b/;

/** The writer tells a failure of their own: a first person who gets, sees or cannot. */
const FIRST_PERSON_REPORT =
  /\b(?:i|we) (?:get|got|see|saw|am getting|are getting|keep getting|kept getting|can't|cannot|can not|couldn't|could not|am unable|are unable|was unable|were unable|tried|have tried|receive|received|encounter(?:ed)?|face|faced|hit)\b|\b(?:i'm|we're) (?:getting|unable|seeing|having)\b|\bmy (?:rdp|connection|session|server|computer|pc|laptop|vm|users?|remote)\b|\bfor me\b/;

/** Whether a paste (lower case, spaces collapsed) proposes or records a change and tells no failure of its own. */
export function proposesOnly(text: string): boolean {
  return (PROPOSAL.test(text) || CHANGELOG.test(text)) && !FIRST_PERSON_REPORT.test(text);
}

/** What the answer says of such a paste. */
export const PROPOSAL_SAID =
  "The text proposes a change to a program (a feature request: what it should show or do) or records one made (release notes), and tells no failure of its own: the error it names or quotes is the change's subject, not a failure seen here, so no Remote Desktop cause is ranked. Paste the dialog's text or the log of a failed connection to have it read.";
