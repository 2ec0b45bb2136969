import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Api } from '../../shared/contract';

/**
 * Exposes exactly the contract's functions, one per channel; the renderer never sees
 * ipcRenderer or a generic "invoke any channel".
 */
const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])) as unknown as Api;

contextBridge.exposeInMainWorld('phdv', api satisfies Api);
