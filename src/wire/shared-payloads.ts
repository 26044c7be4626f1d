/**
 * One parsed copy of each big answer per run. A server answers the same `tools/list` on every session and every
 * call (the catalogue lists on each version's session, walks the pages, lists twice to compare), and every answer
 * kept as parsed is one more copy in the transcript and in the checks that hold it: twenty 50 MB answers held a
 * gigabyte. An answer whose line is the line of a held answer with only the id changed gets the held result in its
 * place, so the transcript, the SDK client and every check share one object.
 *
 * Sound without a parser of our own: the new line, with the first occurrence of its id member replaced by the held
 * answer's, must equal the held line character for character. Equal lines parse to equal messages; and since the
 * replacement changed the parsed id, it replaced the id member itself, so nothing else differs.
 */

/** Lines shorter than this are parsed again each time: sharing them would save less than it costs to compare. */
export const SHARED_PAYLOAD_CHARS = 1_000_000;
/** Distinct big answers held for comparison (each is held as its line, beside its parsed result). */
const HELD = 2;

interface Held {
  text: string;
  idMember: string;
  result: unknown;
}

const idMember = (id: unknown) => `"id":${JSON.stringify(id)}`;

export class SharedPayloads {
  private held: Held[] = [];

  /** `message` parsed from `text`; with the result of an equal answer held before in place of its own, if any. */
  share<T extends Record<string, unknown>>(text: string, message: T): T {
    if (text.length < SHARED_PAYLOAD_CHARS || !('result' in message) || !('id' in message)) return message;
    const member = idMember(message.id);
    const at = text.indexOf(member);
    if (at === -1) return message;
    const match = this.held.find(
      (held) =>
        held.text.length === text.length - member.length + held.idMember.length &&
        held.text.startsWith(held.idMember, at) &&
        held.text.slice(0, at) === text.slice(0, at) &&
        held.text.slice(at + held.idMember.length) === text.slice(at + member.length),
    );
    if (match) {
      this.held = [match, ...this.held.filter((held) => held !== match)];
      return { ...message, result: match.result };
    }
    this.held = [{ text, idMember: member, result: message.result }, ...this.held].slice(0, HELD);
    return message;
  }
}
