// Mounts the app with the course the Vite plugin compiled and the learner's saved progress.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { index, loaders } from 'virtual:casebook/course';
import { App } from './App';
import { CourseContext } from './course';
import { browserStorage, ProgressStore, StoreContext } from './store';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const store = new ProgressStore(browserStorage());
  createRoot(root).render(
    <StrictMode>
      <CourseContext.Provider value={{ index, loaders, authoring: import.meta.env.DEV }}>
        <StoreContext.Provider value={store}>
          <App />
        </StoreContext.Provider>
      </CourseContext.Provider>
    </StrictMode>,
  );
}
