import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic.js';
import type { Capabilities, CapabilityStore } from './client.js';

/**
 * What each endpoint and model accepted, kept in the cache folder so the next run sends the right
 * form at once. Keyed by endpoint URL (credentials are refused in it) and model; never a key.
 */
export class FileCapabilityStore implements CapabilityStore {
  private readonly file: string;
  private entries: Record<string, Capabilities & { at: string }> | undefined;

  constructor(cacheDir: string) {
    this.file = join(cacheDir, 'llm-capabilities.json');
  }

  private all(): Record<string, Capabilities & { at: string }> {
    if (!this.entries) {
      try {
        this.entries = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, Capabilities & { at: string }>;
      } catch {
        this.entries = {};
      }
    }
    return this.entries;
  }

  get(endpoint: string, model: string): Capabilities | undefined {
    const found = this.all()[`${endpoint} ${model}`];
    return found && { mode: found.mode, temperature: found.temperature, tokens: found.tokens };
  }

  set(endpoint: string, model: string, capabilities: Capabilities): void {
    const entries = this.all();
    entries[`${endpoint} ${model}`] = { ...capabilities, at: new Date().toISOString() };
    try {
      writeFileAtomic(this.file, `${JSON.stringify(entries, null, 2)}\n`, 0o600);
    } catch {
      // Remembering is a convenience: the next run probes again.
    }
  }
}
