// Mounts the app with the course the Vite plugin compiled at build/dev time.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import course from 'virtual:casebook/course';
import { CourseOverview } from './CourseOverview';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CourseOverview course={course} />
    </StrictMode>,
  );
}
