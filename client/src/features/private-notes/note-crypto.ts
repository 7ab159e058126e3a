// End-to-end encryption of shared private notes. The passcode never leaves the browser: a key is
// derived from it with PBKDF2-SHA-256 and a random salt, the notes are sealed with AES-GCM-256
// and a random IV, and only ciphertext, salt, IV and the KDF parameters go to the server.
// Web Crypto only (browsers, and Node 20's globalThis.crypto for the tests).
import type { KdfParams, SealedNotes } from '@client/lib/public-api';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256 (at least the 310,000 of the earlier guidance). */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSCODE_LENGTH = 8;
// A link's parameters come from the server: refuse values too weak to trust or too slow to run.
const MIN_ITERATIONS = 310_000;
const MAX_ITERATIONS = 5_000_000;
// Binds the ciphertext to its purpose, so it cannot be replayed as some other kind of message.
const ADDITIONAL_DATA = new TextEncoder().encode('trialconnect:private-notes:v1');

export class WrongPasscodeError extends Error {
  constructor() {
    super('The passcode does not open these notes.');
    this.name = 'WrongPasscodeError';
  }
}

export class UnsupportedNotesError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnsupportedNotesError';
  }
}

/** Web Crypto needs a secure context (https or localhost). */
export function canEncrypt(): boolean {
  return typeof globalThis.crypto?.subtle?.importKey === 'function';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

async function deriveKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function sealNotes(plaintext: string, passcode: string, iterations: number = PBKDF2_ITERATIONS): Promise<SealedNotes> {
  if (passcode.length < MIN_PASSCODE_LENGTH) throw new RangeError(`The passcode needs at least ${MIN_PASSCODE_LENGTH} characters.`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passcode, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: ADDITIONAL_DATA, tagLength: 128 },
    key,
    new TextEncoder().encode(plaintext),
  );
  const kdfParams: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations };
  return { ciphertext: toBase64(new Uint8Array(ciphertext)), iv: toBase64(iv), salt: toBase64(salt), kdfParams };
}

export async function openNotes(sealed: SealedNotes, passcode: string): Promise<string> {
  const { kdfParams } = sealed;
  if (
    kdfParams?.name !== 'PBKDF2' ||
    kdfParams.hash !== 'SHA-256' ||
    !Number.isInteger(kdfParams.iterations) ||
    kdfParams.iterations < MIN_ITERATIONS ||
    kdfParams.iterations > MAX_ITERATIONS
  ) {
    throw new UnsupportedNotesError('Unsupported key derivation parameters.');
  }
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, ciphertext: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(sealed.salt);
    iv = fromBase64(sealed.iv);
    ciphertext = fromBase64(sealed.ciphertext);
  } catch {
    throw new UnsupportedNotesError('The notes are damaged.');
  }
  if (iv.length !== 12 || salt.length < 16) throw new UnsupportedNotesError('The notes are damaged.');
  const key = await deriveKey(passcode, salt, kdfParams.iterations);
  try {
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: ADDITIONAL_DATA, tagLength: 128 }, key, ciphertext);
    return new TextDecoder().decode(plaintext);
  } catch {
    // AES-GCM cannot tell a wrong key from altered data; either way these notes do not open.
    throw new WrongPasscodeError();
  }
}
