// Debian's Chromium driven by playwright-core: no browser download, no network beyond the Kiosque under test.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

export const BASE = process.env.KIOSQUE_URL ?? "http://127.0.0.1:8080";
export const TOKEN = process.env.KIOSQUE_TOKEN ?? "";
export const SEED = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";
const SHOTS = resolve(process.env.SCREENSHOT_DIR ?? "../../target/browser");

/** A fresh profile each time; the flags keep Chromium from calling home, which this network refuses. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "kiosque-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 1000 },
    locale: "fr-FR",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) errors.push(message.text());
  });
  return {
    page,
    errors,
    async screenshot(name) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, name), fullPage: true });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
