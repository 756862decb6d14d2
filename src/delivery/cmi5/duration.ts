/**
 * xAPI durations are ISO 8601 (`PT1H2M3.5S`). The statements cmi5 asks for carry the time
 * since the session's `initialized` (completed, passed, failed, terminated) and the time a
 * decision took (answered); this writes them in hours, minutes and seconds to 0.01 s, the
 * precision an LRS must keep (xAPI 4.2.7).
 */
export function isoDuration(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = [
    hours > 0 ? `${hours}H` : '',
    minutes > 0 ? `${minutes}M` : '',
    seconds > 0 || (hours === 0 && minutes === 0) ? `${Number(seconds.toFixed(2))}S` : '',
  ];
  return `PT${parts.join('')}`;
}
