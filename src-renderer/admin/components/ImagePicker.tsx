import { useState } from 'react';
import { LIMITS } from '../../../src-shared/limits';
import { api, ApiError } from '../state/admin-api';
import { errorText, useAdminT } from '../state/admin-i18n';

const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

interface Props {
  value: string | null;
  onChange: (imageUrl: string | null) => void;
  /** Lets the form wait for an upload before saving. */
  onBusy: (busy: boolean) => void;
  error?: string | undefined;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)}MB`;

/**
 * A7 image from the PC: checked here for type and size first (so the manager hears why at
 * once), then sent raw to POST /api/admin/images, which checks again by content (415/413).
 */
export function ImagePicker({ value, onChange, onBusy, error }: Props) {
  const t = useAdminT();
  const [status, setStatus] = useState<'idle' | 'uploading' | 'done'>('idle');
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    setProblem(null);
    setStatus('idle');
    if (!file) return;
    if (!TYPES.includes(file.type)) return setProblem(t('imageTypeError'));
    if (file.size > LIMITS.imageBytes) return setProblem(t('imageSizeError', { size: mib(file.size) }));
    setStatus('uploading');
    onBusy(true);
    try {
      const res = await api.upload<{ image_url: string }>('/api/admin/images', file, file.type);
      onChange(res.image_url);
      setStatus('done');
    } catch (e) {
      setStatus('idle');
      if (e instanceof ApiError && e.status === 415) setProblem(t('imageTypeError'));
      else if (e instanceof ApiError && e.status === 413)
        setProblem(t('imageSizeError', { size: mib(file.size) }));
      else setProblem(errorText(t, e));
    } finally {
      onBusy(false);
    }
  };

  return (
    <div className="image-picker">
      <div className="image-preview">
        {value ? (
          <img src={value} alt={t('image')} data-testid="image-preview" />
        ) : (
          <span className="muted">{t('noImage')}</span>
        )}
      </div>
      <div className="image-tools">
        <label className="file-btn">
          {t('chooseImage')}
          <input
            type="file"
            name="image"
            accept={TYPES.join(',')}
            onChange={(e) => {
              void pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {value && (
          <button type="button" className="small" onClick={() => onChange(null)}>
            {t('removeImage')}
          </button>
        )}
        {status === 'uploading' && <span className="muted">{t('uploading')}</span>}
        {status === 'done' && !problem && <span className="ok-text">{t('uploaded')}</span>}
        {(problem ?? error) && (
          <span className="field-error" role="alert">
            {problem ?? error}
          </span>
        )}
      </div>
    </div>
  );
}
