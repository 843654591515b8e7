import { useState, type FormEvent } from 'react';
import type { Printer, Station } from '../../../src-shared/types';
import { api, keys } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';
import { useQueryClient } from '@tanstack/react-query';
import { Modal } from './Modal';

interface Props {
  /** The printer to edit; absent = a new one. */
  printer?: Printer;
  stations: Station[];
  onClose: () => void;
}

/** Add or edit a printer (A14): address, kind, stations, copies, enabled. */
export function PrinterDialog({ printer, stations, onClose }: Props) {
  const t = useAdminT();
  const qc = useQueryClient();
  const [name, setName] = useState(printer?.name ?? '');
  const [host, setHost] = useState(printer?.host ?? '');
  const [port, setPort] = useState(String(printer?.port ?? 9100));
  const [kind, setKind] = useState<Printer['kind']>(printer?.kind ?? 'kitchen');
  const [stationIds, setStationIds] = useState<number[]>(printer?.station_ids ?? []);
  const [copies, setCopies] = useState(String(printer?.copies ?? 1));
  const [enabled, setEnabled] = useState(printer?.enabled ?? true);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    const body = {
      name: name.trim(),
      host: host.trim(),
      port: Number(port),
      kind,
      station_ids: kind === 'kitchen' ? stationIds : [],
      copies: Number(copies),
      enabled,
    };
    try {
      if (printer) await api.put(`/api/admin/printers/${printer.id}`, body);
      else await api.post('/api/admin/printers', body);
      await qc.invalidateQueries({ queryKey: keys.printers });
      onClose();
    } catch (err) {
      setError(errorText(t, err));
      setPending(false);
    }
  };
  const toggle = (id: number) =>
    setStationIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <Modal
      title={printer ? t('editPrinter') : t('addPrinter')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} disabled={pending}>
            {t('cancel')}
          </button>
          <button type="submit" form="printer-form" className="primary" disabled={pending}>
            {pending ? t('working') : t('save')}
          </button>
        </>
      }
    >
      <form id="printer-form" className="printer-form" onSubmit={submit}>
        <label>
          {t('printerName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={30} />
        </label>
        <div className="printer-address">
          <label>
            {t('printerHost')}
            <input
              value={host}
              onChange={(e) => setHost(e.target.value)}
              required
              placeholder="192.168.0.50"
            />
          </label>
          <label>
            {t('printerPort')}
            <input type="number" min={1} max={65535} value={port} onChange={(e) => setPort(e.target.value)} />
          </label>
        </div>
        <fieldset>
          <legend>{t('printerKind')}</legend>
          {(['kitchen', 'receipt'] as const).map((k) => (
            <label key={k} className="inline">
              <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />
              {t(k === 'kitchen' ? 'kindKitchen' : 'kindReceipt')}
            </label>
          ))}
        </fieldset>
        {kind === 'kitchen' && stations.length > 0 && (
          <fieldset>
            <legend>{t('printerStations')}</legend>
            {stations.map((s) => (
              <label key={s.id} className="inline">
                <input type="checkbox" checked={stationIds.includes(s.id)} onChange={() => toggle(s.id)} />
                {s.name}
              </label>
            ))}
          </fieldset>
        )}
        <div className="printer-address">
          <label>
            {t('printerCopies')}
            <input type="number" min={1} max={5} value={copies} onChange={(e) => setCopies(e.target.value)} />
          </label>
          <label className="inline">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
            {t('printerEnabled')}
          </label>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Modal>
  );
}
