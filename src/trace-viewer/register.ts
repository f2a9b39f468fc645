/** Defines `<trace-viewer>` once; `components/trace/TraceViewerScript.astro` loads this only where a viewer exists. */
import { TraceViewerElement } from './trace-viewer-element.ts';

if (!customElements.get('trace-viewer')) customElements.define('trace-viewer', TraceViewerElement);
