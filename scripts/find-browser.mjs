// Finds a Chromium to run tests, benchmarks and screenshots in, without ever
// downloading one at install time (that fails on our machines and many CI boxes).
// Order: $CHROME_PATH, a system Chrome or Chromium (found by chrome-launcher), then
// the Chromium that ships inside the @sparticuz/chromium npm package.
import { accessSync, constants } from 'node:fs';

/** Flags Chromium needs here: root without a sandbox, no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--no-zygote',
  '--disable-quic',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chrome or Chromium installed on this machine, as chrome-launcher finds it
 * (Chrome first, then Chromium), or undefined when there is none.
 */
async function findSystemBrowser() {
  const { Launcher } = await import('chrome-launcher');
  try {
    return Launcher.getInstallations().find(isExecutable);
  } catch {
    // chrome-launcher throws when it finds none (and on platforms it does not know).
    return undefined;
  }
}

/**
 * @returns {Promise<{ executablePath: string, origin: string, args: string[] }>}
 *   the browser to launch, where it came from (for the log line) and its flags.
 */
export async function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(
        `CHROME_PATH is set to ${fromEnv}, which is not an executable file. Unset it or point it at Chrome/Chromium.`,
      );
    }
    return { executablePath: fromEnv, origin: 'CHROME_PATH', args: CHROMIUM_ARGS };
  }
  const system = await findSystemBrowser();
  if (system) return { executablePath: system, origin: 'system', args: CHROMIUM_ARGS };
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    // The package unpacks its binary (and the shared libraries it needs) into /tmp.
    const executablePath = await chromium.executablePath();
    return { executablePath, origin: '@sparticuz/chromium', args: CHROMIUM_ARGS };
  } catch (error) {
    throw new Error(
      'No Chromium found. Set CHROME_PATH to a Chrome or Chromium binary, install one ' +
        '(Debian: apt-get install chromium), or run `npm install` so @sparticuz/chromium is present.\n' +
        `  cause: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Launches headless Chromium with puppeteer-core; logs which browser ran. */
export async function launchBrowser({ quiet = false } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await findBrowser();
  if (!quiet) console.log(`Browser: ${browser.executablePath} (${browser.origin})`);
  return puppeteer.launch({
    executablePath: browser.executablePath,
    args: browser.args,
    headless: true,
  });
}
