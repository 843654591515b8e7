import { useAdminT } from '../state/admin-i18n';

/** What a kitchen account sees on a manager-only page (the API answers 403). */
export function ManagerOnly() {
  const t = useAdminT();
  return (
    <div className="notice notice-warn" role="alert">
      {t('managerOnly')}
    </div>
  );
}
