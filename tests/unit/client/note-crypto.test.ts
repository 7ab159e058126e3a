import { describe, expect, it } from 'vitest';
import {
  openNotes,
  PBKDF2_ITERATIONS,
  sealNotes,
  UnsupportedNotesError,
  WrongPasscodeError,
} from '@client/features/private-notes/note-crypto';

const plaintext = JSON.stringify({ v: 1, nctId: 'NCT07068126', title: 'ITP', notes: [{ quote: 'Age 1 - 10 years', comment: 'Ask about école • مدرسة 👍' }] });
const passcode = 'correct horse battery';

describe('note-crypto', () => {
  it('round-trips notes through PBKDF2-SHA-256 and AES-GCM-256', async () => {
    const sealed = await sealNotes(plaintext, passcode);
    expect(sealed.kdfParams).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(Buffer.from(sealed.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    // Ciphertext is the plaintext plus a 16-byte authentication tag, and does not contain it.
    expect(Buffer.from(sealed.ciphertext, 'base64').length).toBe(Buffer.byteLength(plaintext) + 16);
    expect(sealed.ciphertext).not.toContain('Age');
    expect(await openNotes(sealed, passcode)).toBe(plaintext);
  });

  it('refuses a wrong passcode and altered ciphertext', async () => {
    const sealed = await sealNotes(plaintext, passcode);
    await expect(openNotes(sealed, 'correct horse battery!')).rejects.toBeInstanceOf(WrongPasscodeError);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    await expect(openNotes({ ...sealed, ciphertext: bytes.toString('base64') }, passcode)).rejects.toBeInstanceOf(WrongPasscodeError);
  });

  it('uses a fresh salt and IV each time, so the same notes never give the same ciphertext', async () => {
    const [first, second] = await Promise.all([sealNotes(plaintext, passcode), sealNotes(plaintext, passcode)]);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(first.salt).not.toBe(second.salt);
    expect(first.iv).not.toBe(second.iv);
  });

  it('rejects passcodes under 8 characters and weak or absurd parameters from a link', async () => {
    await expect(sealNotes(plaintext, 'short')).rejects.toBeInstanceOf(RangeError);
    const sealed = await sealNotes(plaintext, passcode);
    for (const iterations of [1000, 100_000_000]) {
      await expect(openNotes({ ...sealed, kdfParams: { ...sealed.kdfParams, iterations } }, passcode)).rejects.toBeInstanceOf(
        UnsupportedNotesError,
      );
    }
  });
});
