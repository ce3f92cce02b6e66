// Brings @sa11y/jest's `toBeAccessible` matcher (registered in jest.setup.js) into the test types.
import '@sa11y/jest';
