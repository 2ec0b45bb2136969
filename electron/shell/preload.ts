import { contextBridge, ipcRenderer } from 'electron';
import { bridgeApi } from '../../shared/bridge';

/**
 * Exposes exactly the contract's functions, one per channel; the renderer never sees
 * ipcRenderer or a generic "invoke any channel".
 */
contextBridge.exposeInMainWorld(
  'phdv',
  bridgeApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
