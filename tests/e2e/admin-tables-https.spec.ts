/**
 * The Tables screen with the store's HTTPS on: the HTTPS/HTTP badge per tablet follows how the
 * tablet last called, and the pairing QR points at the HTTPS address with the plain HTTP one a
 * click away. The tablet's calls are made from Node over HTTPS, verified against the store CA.
 */
import { expect, test } from '@playwright/test';
import https from 'node:https';
import { startStore, storeCa, type StoreProcess } from './fixtures/store';
import { loginAdmin, SCREENS } from './admin.helpers';

let store: StoreProcess;

test.beforeAll(async () => {
  store = await startStore({ https: true });
});
test.afterAll(async () => {
  await store.dispose();
});

async function tableToken(n: number): Promise<string> {
  const r = await fetch(`${store.url}/api/table/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ store_code: 'demo', table_number: n, password: store.password }),
  });
  return ((await r.json()) as { token: string }).token;
}

function httpsGet(path: string, token: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(`${store.httpsUrl}${path}`, { ca, headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

test('tables show HTTPS per tablet; pairing QR over HTTPS with the plain one a click away', async ({
  page,
}) => {
  const ca = await storeCa(store);
  expect(await httpsGet('/api/menus', await tableToken(1), ca.pem)).toBe(200);
  const plain = await fetch(`${store.url}/api/menus`, {
    headers: { authorization: `Bearer ${await tableToken(2)}` },
  });
  expect(plain.status).toBe(200);

  await loginAdmin(page, store);
  await page.getByRole('button', { name: '테이블', exact: true }).click();
  await expect(page.getByTestId('tablet-https-url')).toHaveText(`${store.httpsUrl}/table/`);
  await expect(page.getByTestId('table-row-1').getByTestId('transport-badge')).toHaveText('HTTPS');
  await expect(page.getByTestId('table-row-2').getByTestId('transport-badge')).toHaveText('HTTP');
  await expect(page.getByTestId('table-row-3').getByTestId('transport-badge')).toHaveText('—');
  await page.screenshot({ path: `${SCREENS}/admin-tables-https.png` });

  await page.getByTestId('table-row-3').getByRole('button', { name: '연결 QR' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('pairing-url')).toHaveText(
    new RegExp(`^${store.httpsUrl!.replace(/\./g, '\\.')}/table/pair\\?code=`),
  );
  await expect(dialog.getByTestId('pairing-https-note')).toContainText('매장 인증서');
  await expect(dialog.getByRole('link', { name: '인증서 설치 안내 열기' })).toHaveAttribute(
    'href',
    '/table/https-setup',
  );
  await page.screenshot({ path: `${SCREENS}/admin-tables-https-qr.png` });
  await dialog.getByTestId('pairing-toggle').click();
  await expect(dialog.getByTestId('pairing-url')).toHaveText(
    new RegExp(`^${store.url.replace(/\./g, '\\.')}/table/pair`),
  );
  await expect(dialog.getByTestId('pairing-https-note')).toHaveCount(0);
});
