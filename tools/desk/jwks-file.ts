// The desk's registry of department public keys: a JWKS file (RFC 7517 §5). Only Ed25519 public
// keys are kept; a private member ("d") in the file is refused, since the desk must never hold one.
import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { z } from 'zod';

const jwkSchema = z.looseObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kid: z.string().min(1),
}).refine((k) => !('d' in k), { error: 'private key material ("d") must not be in the desk JWKS' });

export const jwksSchema = z.object({ keys: z.array(jwkSchema) });

export function parseJwks(json: unknown): JSONWebKeySet {
  return jwksSchema.parse(json) as JSONWebKeySet;
}

export function readJwksFile(file: string): JSONWebKeySet {
  return parseJwks(JSON.parse(readFileSync(file, 'utf8')));
}
